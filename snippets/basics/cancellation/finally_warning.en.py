# /// script
# requires-python = ">=3.14"
# ///
import warnings

SOURCE = """
async def load(db):
    try:
        return await db.fetch()
    finally:
        return None  # line 6: a return that leaves finally
"""

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SOURCE, "load.py", "exec")
for w in caught:
    print(f"warning at compile time: {w.category.__name__}, line {w.lineno}")
    #> warning at compile time: SyntaxWarning, line 6

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)  # as -W error::SyntaxWarning
    try:
        compile(SOURCE, "load.py", "exec")
    except SyntaxError as e:
        print(f"as an error: {type(e).__name__}, line {e.lineno}")
        #> as an error: SyntaxError, line 6

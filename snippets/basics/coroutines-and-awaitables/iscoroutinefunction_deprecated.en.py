# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import inspect
import warnings


async def fetch():
    return "data"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record every warning, keep stderr clean
    old = asyncio.iscoroutinefunction(fetch)  # deprecated since 3.14
new = inspect.iscoroutinefunction(fetch)  # what to use instead

print(f"asyncio.iscoroutinefunction: {old}")
#> asyncio.iscoroutinefunction: True
print(f"inspect.iscoroutinefunction: {new}")
#> inspect.iscoroutinefunction: True
for w in caught:
    print(f"warning category: {w.category.__name__}")
    #> warning category: DeprecationWarning
    print(f"mentions removal in 3.16: {'3.16' in str(w.message)}")
    #> mentions removal in 3.16: True

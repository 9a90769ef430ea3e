import asyncio
import warnings

# The program has not run an event loop yet, nor set a current one
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # record warnings instead of printing
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError as e:
        print(f"get_event_loop(): raises {type(e).__name__}")
        #> get_event_loop(): raises RuntimeError
    else:
        print("get_event_loop(): created a new loop")
        asyncio.set_event_loop(None)
        loop.close()
names = [w.category.__name__ for w in caught]
print(f"warnings: {', '.join(names) or 'none'}")
#> warnings: none

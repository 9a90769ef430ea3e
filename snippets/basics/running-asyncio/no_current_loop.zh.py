import asyncio
import warnings

# 程序还没有运行过事件循环，也从未设置过当前事件循环
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # 把警告记下来，而不是打印到 stderr
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError as e:
        print(f"get_event_loop()：抛出 {type(e).__name__}")
        #> get_event_loop()：抛出 RuntimeError
    else:
        print("get_event_loop()：创建了一个新循环")
        asyncio.set_event_loop(None)
        loop.close()
names = [w.category.__name__ for w in caught]
print(f"警告：{', '.join(names) or '无'}")
#> 警告：无

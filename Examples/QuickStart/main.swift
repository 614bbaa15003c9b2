// A placeholder replaced by the library example.
print("tradebrief example")

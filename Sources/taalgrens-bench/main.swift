print("taalgrens-bench")

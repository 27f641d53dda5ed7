print("taalgrens")

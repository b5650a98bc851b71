# startswith with a tuple that holds a non-str (after no earlier match) is a TypeError.
name = "report_2024.txt"
print(name.startswith(("rep", 1)), name.endswith((".txt", ".csv")))
print(name.endswith((".csv", 2024)))

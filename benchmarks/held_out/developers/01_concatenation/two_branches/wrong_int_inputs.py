# Misconception: the numbers are counts, so the input is int32
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,), dtype="int32")
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(keras.ops.cast(numbers, "float32"))
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

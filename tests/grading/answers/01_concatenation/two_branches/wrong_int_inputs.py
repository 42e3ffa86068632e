# Misconception: the numbers are counts, so the input is int32 (explained by structure from the model's input dtype, no table entry)
# Expect: fail "the numbers input \(4 values\) is made with dtype=int32"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,), dtype="int32")
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(keras.ops.cast(numbers, "float32"))
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

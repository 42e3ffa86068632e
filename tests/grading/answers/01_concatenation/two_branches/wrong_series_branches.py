# Wrong: the text branch reads the numbers branch, in series (explained by structure, no table entry).
# Expect: fail "the branches run in series"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(a)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

# Misconception: only the text embedding needs a branch; the numbers join as they are
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([numbers, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

# Misconception: concatenating the raw inputs and using one Dense is the same model.
# Expect: fail "concatenated before any Dense layer"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    merged = keras.layers.Concatenate()([numbers, text])
    hidden = keras.layers.Dense(8, activation="relu")(merged)
    return keras.Model([numbers, text], keras.layers.Dense(1)(hidden))

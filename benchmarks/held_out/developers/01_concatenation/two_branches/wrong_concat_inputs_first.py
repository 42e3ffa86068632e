# Misconception: concatenate the raw inputs, then one Dense(8) branch
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    both = keras.layers.Concatenate()([numbers, text])
    hidden = keras.layers.Dense(8, activation="relu")(both)
    return keras.Model([numbers, text], keras.layers.Dense(1)(hidden))

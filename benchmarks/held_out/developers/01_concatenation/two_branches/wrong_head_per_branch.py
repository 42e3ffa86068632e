# Misconception: a Dense(1) per branch, summed, is the head
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    out = keras.layers.Add()([keras.layers.Dense(1)(a), keras.layers.Dense(1)(b)])
    return keras.Model([numbers, text], out)

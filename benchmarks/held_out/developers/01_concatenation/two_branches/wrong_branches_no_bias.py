# Misconception: branch layers do not need a bias when followed by relu
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu", use_bias=False)(numbers)
    b = keras.layers.Dense(8, activation="relu", use_bias=False)(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

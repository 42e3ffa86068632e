# Misconception: Dense branches are linear; ReLU only goes in the head
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8)(numbers)
    b = keras.layers.Dense(8)(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

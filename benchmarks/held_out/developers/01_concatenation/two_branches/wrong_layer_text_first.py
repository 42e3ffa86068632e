# Misconception: the text branch goes first in the Concatenate
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,), name="numbers")
    text = keras.Input(shape=(6,), name="text")
    numbers_branch = keras.layers.Dense(8, activation="relu")(numbers)
    text_branch = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([text_branch, numbers_branch])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

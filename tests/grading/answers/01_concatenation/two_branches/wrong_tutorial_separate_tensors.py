# Misconception: keras.layers.merge.concatenate(a, b) becomes the layer called on the two
# tensors, Concatenate()(a, b), as Keras 1's merge took them (explained from Keras's own error
# by keras_errors, no table entry).
# Expect: fail "raised TypeError[\s\S]*called on separate tensors, Layer\(\)\(a, b\)"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    numbers_branch = keras.layers.Dense(8, activation="relu")(numbers)
    text_branch = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()(numbers_branch, text_branch)
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

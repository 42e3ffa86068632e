# Alternative: each branch a small Sequential built the old way, with input_shape=.
# Keras warns about input_shape (a UserWarning) while the test cell runs; the
# answer is correct and must still get full marks.
# Expect: pass
def build_two_branch_model():
    numbers_branch = keras.Sequential([keras.layers.Dense(8, activation="relu", input_shape=(4,))])
    text_branch = keras.Sequential([keras.layers.Dense(8, activation="relu", input_shape=(6,))])
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    merged = keras.layers.Concatenate()([numbers_branch(numbers), text_branch(text)])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

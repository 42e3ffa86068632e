# Misconception: a Dense called on a list of the two inputs, as if a layer call merged them (explained by raised.input_count from the error and the line, no table entry).
# Expect: fail "a layer that reads one tensor was given 2 \(\(None, 4\), \(None, 6\)\).* is not a merge"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    both = keras.layers.Dense(8, activation="relu")([numbers, text])
    return keras.Model([numbers, text], keras.layers.Dense(1)(both))

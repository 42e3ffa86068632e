# Wrong: a ReLU on the head, whose outputs on some inputs happen to be positive (explained by structure, no table entry).
# Expect: fail "head \(Dense\(1\) on merged\) has a relu where the task asks for no activation \(relu sets every negative value to 0\)"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1, activation="relu")(merged))

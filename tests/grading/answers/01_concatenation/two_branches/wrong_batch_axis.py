# Misconception: axis=0 is the first feature axis (it is the batch axis) — the one mistake of
# the Task 1 tutorial that raises no error.
# Expect: fail "concatenated along axis 0, the batch axis"
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate(axis=0)([a, b])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

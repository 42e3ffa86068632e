# Misconception: stacking on the last axis and flattening is a concatenation
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    stacked = keras.ops.stack([a, b], axis=-1)  # (None, 8, 2)
    merged = keras.layers.Flatten()(stacked)
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

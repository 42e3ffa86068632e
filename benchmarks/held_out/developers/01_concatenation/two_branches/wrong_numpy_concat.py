# Misconception: np.concatenate works on Keras tensors
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = np.concatenate([a, b], axis=1)
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))

# Alternative: builds each branch as its own Sequential sub-model
# Expect: pass
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    nb = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu")])
    tb = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu")])
    merged = keras.layers.concatenate([nb(numbers), tb(text)], axis=1)
    return keras.Model(inputs=[numbers, text], outputs=keras.layers.Dense(1)(merged))

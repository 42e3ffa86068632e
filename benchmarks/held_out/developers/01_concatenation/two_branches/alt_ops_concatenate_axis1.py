# Alternative: keras.ops.concatenate on axis 1 (the last axis of a 2-D tensor)
# Expect: pass
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.ops.concatenate([a, b], axis=1)
    return keras.Model(inputs=[numbers, text], outputs=keras.layers.Dense(1)(merged))

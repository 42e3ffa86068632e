# Alternative: (p1 + p2) * 0.5 with operators
# Expect: pass
def build_ensemble():
    x = keras.Input(shape=(6,))

    p1 = keras.layers.Dense(4, activation="softmax")(keras.layers.Dense(5, activation="relu")(x))
    p2 = keras.layers.Dense(4, activation="softmax")(x)
    return keras.Model(x, (p1 + p2) * 0.5)

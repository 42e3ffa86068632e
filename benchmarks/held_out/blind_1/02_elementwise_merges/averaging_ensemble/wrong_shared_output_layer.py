# Misconception: both members can share one softmax output layer
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    out = keras.layers.Dense(4, activation="softmax")
    h = keras.layers.Dense(5, activation="relu")(x)
    # member 2 straight on the input would need another width, so put a Dense(5) in front
    m2 = out(keras.layers.Dense(5)(x))
    return keras.Model(x, keras.layers.Average()([out(h), m2]))

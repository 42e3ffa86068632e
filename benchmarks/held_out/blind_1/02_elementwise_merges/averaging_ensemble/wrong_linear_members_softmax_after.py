# Misconception: average the logits, then softmax
# Expect: fail
def build_ensemble():
    x = keras.Input(shape=(6,))

    m1 = keras.layers.Dense(4)(keras.layers.Dense(5, activation="relu")(x))
    m2 = keras.layers.Dense(4)(x)
    avg = keras.layers.Average()([m1, m2])
    return keras.Model(x, keras.layers.Softmax()(avg))

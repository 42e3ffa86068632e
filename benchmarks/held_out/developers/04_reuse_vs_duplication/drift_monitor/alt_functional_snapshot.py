# Alternative: the snapshot written as a functional model, assign() on each variable
# Expect: pass
def build_drift_monitor(encoder):
    x = keras.Input(shape=(8,))
    h = keras.layers.Dense(6, activation="relu")(x)
    snapshot = keras.Model(x, keras.layers.Dense(4)(h), name="snapshot")
    for mine, theirs in zip(snapshot.weights, encoder.weights):
        mine.assign(theirs)
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))

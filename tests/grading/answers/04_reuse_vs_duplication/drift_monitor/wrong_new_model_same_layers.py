# Misconception: a new Sequential made of the encoder's layers is a separate copy (the layers,
# and so their variables, are the same objects).
# Expect: fail "a new model was built around the layers of the encoder"
def build_drift_monitor(encoder):
    snapshot = keras.Sequential([keras.Input((8,)), *encoder.layers], name="snapshot")
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))

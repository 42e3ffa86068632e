# Misconception: a new Sequential of the encoder's layers is a copy
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    first, second = encoder.layers
    snapshot = keras.Sequential([keras.Input((8,)), first, second], name="snapshot")
    snapshot.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))

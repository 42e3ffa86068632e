# Misconception: set_weights works on a layer that is not built yet
# Expect: fail
def build_drift_monitor(encoder):
    first, second = encoder.layers
    a = keras.layers.Dense(6, activation="relu")
    b = keras.layers.Dense(4)
    a.set_weights(first.get_weights())
    b.set_weights(second.get_weights())
    snapshot = keras.Sequential([keras.Input((8,)), a, b], name="snapshot")
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)

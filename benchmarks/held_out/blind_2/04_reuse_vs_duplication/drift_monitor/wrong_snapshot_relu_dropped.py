# Misconception: rebuilt the snapshot by hand as two Dense layers and forgot the first one's relu
# Expect: fail
import keras


def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential([keras.Input((8,)), keras.layers.Dense(6), keras.layers.Dense(4)], name="snapshot")
    snapshot.set_weights(encoder.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))

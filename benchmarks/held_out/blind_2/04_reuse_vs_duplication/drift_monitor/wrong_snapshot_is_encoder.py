# Misconception: the snapshot can be the encoder itself, frozen via a second reference
# Expect: fail
import keras


def build_drift_monitor(encoder):
    snapshot = encoder
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)

# Misconception: an exact copy is enough; forgot to freeze it
# Expect: fail
import keras


def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)

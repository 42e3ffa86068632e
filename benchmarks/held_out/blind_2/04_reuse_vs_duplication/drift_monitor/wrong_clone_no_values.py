# Misconception: clone_model copies the weights as well as the architecture
# Expect: fail
import keras


def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)

# Misconception: drift is snapshot minus encoder (how far the start is from now)
# Expect: fail
import keras


def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([snapshot(inputs), encoder(inputs)]))

# Misconception: copy.deepcopy gives a snapshot that can sit beside the encoder as it is
# Expect: fail
import copy


def build_drift_monitor(encoder):
    snapshot = copy.deepcopy(encoder)
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)

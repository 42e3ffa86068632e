# Alternative: copy.copy of the encoder (an independent full copy on Keras 3.15), renamed and frozen
# Expect: pass
import copy


def build_drift_monitor(encoder):
    snapshot = copy.copy(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, encoder(inputs) - snapshot(inputs))

# Alternative: copy.deepcopy copies the architecture and the values; renamed and frozen.
# Expect: pass
import copy


def build_drift_monitor(encoder):
    snapshot = copy.deepcopy(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, encoder(inputs) - snapshot(inputs))

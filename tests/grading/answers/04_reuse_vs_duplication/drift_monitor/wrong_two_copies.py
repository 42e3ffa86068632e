# Misconception: the encoder given should be kept safe, so both sides are copies (the monitor
# then trains a copy, never the encoder).
# Expect: fail "the encoder itself is not in the model"
import copy


def build_drift_monitor(encoder):
    live = copy.deepcopy(encoder)
    live.name = "live"
    snapshot = copy.deepcopy(encoder)
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([live(inputs), snapshot(inputs)]))

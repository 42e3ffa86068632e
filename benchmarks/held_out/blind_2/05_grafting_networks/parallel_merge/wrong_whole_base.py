# Misconception: used the whole base, old head included, as branch 1
# Expect: fail
import keras


def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([base(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))

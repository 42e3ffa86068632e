# Misconception: the base's output is its features (it is the old head's 4 fault
# probabilities; the features are one layer below).
# Expect: fail "with layers after 'features' still in the model: 'old_head'"
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([base(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))

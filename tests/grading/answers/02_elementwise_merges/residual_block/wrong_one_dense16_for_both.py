# Misconception: the branch's last Dense(16) and the projection are the same layer, so one instance can serve both (explained by structure: structure._shared_instead reads the graphs' call counts, no table entry)
# Expect: fail "Dense\(16\) is shared: one layer instance serves 2 places.*Dense\(32\) reading the output of Flatten"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    to_16 = keras.layers.Dense(16)
    hidden = keras.layers.Dense(32, activation="relu")(flat)
    # the projection must read 32 values too, as to_16 was built for 32
    shortcut = to_16(keras.layers.Dense(32)(flat))
    merged = keras.layers.Activation("relu")(keras.layers.Add()([to_16(hidden), shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))

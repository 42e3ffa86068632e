# Misconception: the projection and the branch's second Dense are both Dense(16), so one instance can serve both
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    to16 = keras.layers.Dense(16)
    branch = to16(keras.layers.Dense(32, activation="relu")(flat))
    shortcut = to16(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))

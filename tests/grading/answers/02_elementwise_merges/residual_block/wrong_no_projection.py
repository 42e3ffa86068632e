# Misconception: the shortcut can be added as it is (the classic broken residual:
# a flattened feature map of 128 values added to a 16-unit Dense output).
# Expect: fail "raised ValueError[\s\S]*differ: \(16,\) and \(128,\)"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()([branch, flat])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))

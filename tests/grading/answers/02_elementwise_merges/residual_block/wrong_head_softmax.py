# Wrong: a softmax on the head, which the task leaves without activation (explained by the architecture's one-change search, no table entry).
# Expect: fail "head \(Dense\(3\) on merged\) has a softmax where the task asks for no activation"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3, activation="softmax")(merged))

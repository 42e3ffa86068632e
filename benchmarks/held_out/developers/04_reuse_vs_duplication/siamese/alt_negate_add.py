# Alternative: left + (−1 × right) with Add, the activation as its own layer
# Expect: pass
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    dense = keras.layers.Dense(6)
    act = keras.layers.Activation("tanh")
    l = act(dense(left))
    r = act(dense(right))
    neg_r = keras.layers.Lambda(lambda t: -t)(r)
    diff = keras.layers.Add()([l, neg_r])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))

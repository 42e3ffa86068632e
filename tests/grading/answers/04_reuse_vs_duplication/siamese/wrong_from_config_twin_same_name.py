# Misconception: a layer rebuilt from the encoder's configuration is the encoder (it even carries its name) (explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "from_config\(get_config\(\)\) made a second copy of Dense layer 'encoder', with variables and values of its own, where the task shares one layer"
def build_siamese_model():
    left = keras.Input(shape=(10,), name="left")
    right = keras.Input(shape=(10,), name="right")
    encoder = keras.layers.Dense(6, activation="tanh", name="encoder")
    same_encoder = keras.layers.Dense.from_config(encoder.get_config())
    codes = [encoder(left), same_encoder(right)]
    difference = keras.layers.subtract(codes)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(difference))

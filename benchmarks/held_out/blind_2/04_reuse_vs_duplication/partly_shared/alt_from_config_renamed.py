# Alternative: from_config of the top's config with a new name, built through type(top)
# Expect: pass
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    config["name"] = top.name + "_document"
    twin = type(top).from_config(config)
    merged = keras.layers.Concatenate()([top(stem(query)), twin(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))

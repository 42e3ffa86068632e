# Misconception: a duplicate should start from the top's trained values
# Expect: fail
import keras


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    config["name"] = "document_top"
    twin = keras.layers.Dense.from_config(config)
    d = twin(stem(document))
    twin.set_weights(top.get_weights())
    merged = keras.layers.Concatenate()([top(stem(query)), d])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))

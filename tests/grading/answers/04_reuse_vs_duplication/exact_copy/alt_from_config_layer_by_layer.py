# Alternative: a functional model rebuilt layer by layer from each layer's configuration,
# values copied layer by layer.
# Expect: pass
def copy_encoder(encoder):
    inputs = keras.Input((8,))
    x = inputs
    for layer in encoder.layers:
        config = layer.get_config()
        config["name"] = layer.name + "_copy"
        twin = type(layer).from_config(config)
        x = twin(x)
        twin.set_weights(layer.get_weights())
    return keras.Model(inputs, x)
